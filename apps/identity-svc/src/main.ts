import 'reflect-metadata';
import { loadServiceConfig } from '@pg/config';
import { startService } from '@pg/messaging';
import { IdentityModule, SERVICE_NAME } from './identity.module.js';

const config = loadServiceConfig('identity');
await startService(SERVICE_NAME, IdentityModule.forRoot(config) as never, config);
