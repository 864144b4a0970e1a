export * from './namespace.js';
export * from './actor-context.js';
export * from './nats-server.js';
export * from './rpc-client.js';
export * from './jetstream.js';
export * from './rpc-exception.filter.js';
export * from './bootstrap.js';
export * from './write-coalescing.js';
