import { Type } from 'class-transformer';
import { IsNotEmpty, IsUUID, ValidateNested } from 'class-validator';
import { PatientIdParamDto } from '../profiles/patient.dto.js';
import type { MergeParticipant } from './merge.events.js';

export const MERGE_STATES = ['pending', 'completed', 'failed', 'undo_pending', 'undone'] as const;
export type MergeState = (typeof MERGE_STATES)[number];

/** `POST /v1/patients/{patientId}/merge`: the source's rows move to the patient in the path (the target, who survives). */
export class CreateMergeDto {
  @IsUUID() sourcePatientId!: string;
}

export class CreateMergeRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => CreateMergeDto) @IsNotEmpty() body!: CreateMergeDto;
}

export class MergeIdParamDto {
  @IsUUID('all', { message: 'mergeId must be a UUID' }) mergeId!: string;
}

export class MergeIdRequest extends MergeIdParamDto {}

/** One participant's part of a merge. */
export interface MergeServiceStatusDto {
  state: 'pending' | 'applied' | 'failed' | 'undone';
  /** Rows moved per table (after an undo: still what the merge moved; `undoneMoved` is what went back). */
  moved: Record<string, number>;
  superseded: Record<string, number>;
  undoneMoved?: Record<string, number>;
  error?: string;
  at?: string;
}

export interface MergeDto {
  id: string;
  /** The target of the merge: the survivor. */
  patientId: string;
  sourcePatientId: string;
  targetPatientId: string;
  state: MergeState;
  requestedBy: string | null;
  requestedAt: string;
  completedAt: string | null;
  undoRequestedAt: string | null;
  undoneAt: string | null;
  services: Partial<Record<MergeParticipant, MergeServiceStatusDto>>;
}
