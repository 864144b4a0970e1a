import 'reflect-metadata';
import { loadGatewayConfig } from '@pg/config';
import { createGateway } from './app.js';

const config = loadGatewayConfig();
await createGateway(config);
