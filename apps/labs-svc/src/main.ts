import 'reflect-metadata';
import { loadServiceConfig } from '@pg/config';
import { startService } from '@pg/messaging';
import { LabsModule, SERVICE_NAME } from './labs.module.js';

const config = loadServiceConfig('labs');
await startService(SERVICE_NAME, LabsModule.forRoot(config) as never, config);
