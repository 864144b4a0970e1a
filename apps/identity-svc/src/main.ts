import 'reflect-metadata';
import { loadIdentityServiceConfig } from '@pg/config';
import { startService } from '@pg/messaging';
import { IdentityModule, SERVICE_NAME } from './identity.module.js';

const config = loadIdentityServiceConfig();
await startService(SERVICE_NAME, IdentityModule.forRoot(config) as never, config);
