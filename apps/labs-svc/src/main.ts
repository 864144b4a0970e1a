import 'reflect-metadata';
import { loadLabsServiceConfig } from '@pg/config';
import { startService } from '@pg/messaging';
import { LabsModule, SERVICE_NAME } from './labs.module.js';

const config = loadLabsServiceConfig();
await startService(SERVICE_NAME, LabsModule.forRoot(config) as never, config);
