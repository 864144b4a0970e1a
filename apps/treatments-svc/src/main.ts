import 'reflect-metadata';
import { loadTreatmentsServiceConfig } from '@pg/config';
import { startService } from '@pg/messaging';
import { SERVICE_NAME, TreatmentsModule } from './treatments.module.js';

const config = loadTreatmentsServiceConfig();
await startService(SERVICE_NAME, TreatmentsModule.forRoot(config) as never, config);
