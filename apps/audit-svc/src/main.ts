import 'reflect-metadata';
import { loadAuditServiceConfig } from '@pg/config';
import { startService } from '@pg/messaging';
import { AuditModule, SERVICE_NAME } from './audit.module.js';

const config = loadAuditServiceConfig();
await startService(SERVICE_NAME, AuditModule.forRoot(config) as never, config);
