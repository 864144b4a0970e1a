import 'reflect-metadata';
import { loadProfilesServiceConfig } from '@pg/config';
import { startService } from '@pg/messaging';
import { ProfilesModule, SERVICE_NAME } from './profiles.module.js';

const config = loadProfilesServiceConfig();
await startService(SERVICE_NAME, ProfilesModule.forRoot(config) as never, config);
