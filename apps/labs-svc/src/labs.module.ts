import { LabsMergeParticipant } from './merge/labs-merge.participant.js';
import { DynamicModule, Module } from '@nestjs/common';
import { loadLabsSettings, loadWearableSyncSettings, type LabsSettings, type ServiceConfig, type WearableSyncSettings } from '@pg/config';
import { LABS } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PatientStateModule, PersistenceModule, RETENTION_PURGE_INTERVAL_MS, RETENTION_TASK, RetentionPurger } from '@pg/persistence';
import { BiomarkersHandler } from './biomarkers/biomarkers.handler.js';
import { BiomarkersService } from './biomarkers/biomarkers.service.js';
import { LabFileStore } from './lab-reports/lab-file.store.js';
import { LabReportRepository } from './lab-reports/lab-report.repository.js';
import { LabReportsHandler } from './lab-reports/lab-reports.handler.js';
import { LabReportsService } from './lab-reports/lab-reports.service.js';
import { LabParseQueue } from './lab-reports/parse-queue.js';
import { ReportParser } from './lab-reports/report-parser.service.js';
import { LabResultRepository } from './lab-results/lab-result.repository.js';
import { LabResultsHandler } from './lab-results/lab-results.handler.js';
import { LabResultsService } from './lab-results/lab-results.service.js';
import { LABS_SETTINGS, WEARABLE_SYNC_SETTINGS } from './labs.settings.js';
import { WEARABLE_SINK, type WearableSink } from './wearables/wearable-sample.js';
import { OuraWebhookService } from './wearables/sync/oura-webhook.service.js';
import { TokenCipher } from './wearables/sync/token-cipher.js';
import { WearableConnectionRepository } from './wearables/sync/wearable-connection.repository.js';
import { WearableConnectionsHandler } from './wearables/sync/wearable-connections.handler.js';
import { WearableConnectionsService } from './wearables/sync/wearable-connections.service.js';
import { WearableSyncService } from './wearables/sync/wearable-sync.service.js';
import { labsOrmOptions } from './mikro-orm.config.js';
import { WearableDb } from './wearables/wearable-db.js';
import { WearableFileStore } from './wearables/wearable-file.store.js';
import { WearableImportQueue } from './wearables/wearable-import.queue.js';
import { WearableSampleStore } from './wearables/wearable-sample.store.js';
import { WearableSeriesRepository } from './wearables/wearable-series.repository.js';
import { WearablesHandler } from './wearables/wearables.handler.js';
import { WearablesService } from './wearables/wearables.service.js';
import { LabReportRetentionTask } from './retention/lab-report-retention.task.js';

import { LabsFhirImportHandler } from './fhir-import/labs-fhir-import.handler.js';
import { LabsFhirImportService } from './fhir-import/labs-fhir-import.service.js';
import { LabsContextHandler } from './context/labs-context.handler.js';
import { LabsContextService } from './context/labs-context.service.js';

export const SERVICE_NAME = 'labs-svc';

@Module({})
export class LabsModule {
  /** `config.labs` defaults to the settings' defaults (loaded from no variables). */
  static forRoot(config: ServiceConfig & { labs?: LabsSettings; wearableSync?: WearableSyncSettings; wearableSink?: WearableSink }): DynamicModule {
    const labs = config.labs ?? loadLabsSettings({});
    const wearableSync = config.wearableSync ?? loadWearableSyncSettings({ NODE_ENV: config.env });
    return {
      module: LabsModule,
      imports: [ServiceRuntimeModule.forService(SERVICE_NAME, config), PersistenceModule.forRoot(labsOrmOptions(config)), PatientStateModule.forService(SERVICE_NAME, config)],
      controllers: [LabReportsHandler, LabResultsHandler, BiomarkersHandler, WearablesHandler, WearableConnectionsHandler, LabsFhirImportHandler, LabsContextHandler, healthHandler(LABS.health, SERVICE_NAME)],
      providers: [
        { provide: LABS_SETTINGS, useValue: labs },
        LabsMergeParticipant,
        // Retention purge (docs/clinical-record.md): hard-deletes soft-deleted records past their retention date.
        LabReportRetentionTask.forConfig(config), { provide: RETENTION_TASK, useClass: LabReportRetentionTask },
        { provide: RETENTION_PURGE_INTERVAL_MS, useValue: config.retentionPurgeIntervalMs }, RetentionPurger,
        LabFileStore, LabReportRepository, LabResultRepository, BiomarkersService, LabReportsService, LabResultsService, ReportParser, LabParseQueue,
        // Wearables (docs/wearables.md): the sample store is the WearableSink both uploads and the vendor sync write
        // through (a test may pass its own sink for the sync).
        { provide: WearableDb, useFactory: () => new WearableDb(config) },
        WearableFileStore, WearableSampleStore, WearableSeriesRepository, WearablesService, WearableImportQueue,
        { provide: WEARABLE_SINK, useFactory: (store: WearableSampleStore) => config.wearableSink ?? store, inject: [WearableSampleStore] },
        { provide: WEARABLE_SYNC_SETTINGS, useValue: wearableSync },
        { provide: TokenCipher, useValue: new TokenCipher(wearableSync.tokenKeys) },
        WearableConnectionRepository, WearableConnectionsService, OuraWebhookService, WearableSyncService,
        LabsFhirImportService, LabsContextService,
      ],
    };
  }
}
