import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  ListPrescriptionsQueryDto, ListTreatmentsQueryDto, PatientIdParamDto, PRESCRIPTION_LIST_FIELDS, PrescriptionIdParamDto, TransitionTreatmentBodyDto,
  TREATMENT_LIST_FIELDS, TreatmentIdParamDto, TREATMENTS, type PrescriptionDetailDto, type PrescriptionDto, type TreatmentDetailDto, type TreatmentDto,
} from '@pg/contracts';
import { Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

/**
 * Treatments at the partner (Rimo) and their prescriptions (treatments-svc, docs/treatments.md): read by the patient
 * and the care team (coordinators: status and tracking only), moved by clinicians and by the partner's webhook.
 */
@ApiTags('treatments')
@Controller('v1')
export class TreatmentsController {
  constructor(private readonly forward: Forwarder) {}

  @Get('patients/:patientId/treatments')
  @Requires('read', 'Treatment', { list: true, queryFields: TREATMENT_LIST_FIELDS })
  @ApiOkResponse({ description: 'Treatments, newest first: `{ id, externalId, status, product, createdAt, updatedAt }` (coordinators: status fields only).' })
  listTreatments(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListTreatmentsQueryDto) {
    return this.forward.page<TreatmentDto>(req, TREATMENTS.treatmentList, { patientId: params.patientId, query });
  }

  @Get('patients/:patientId/treatments/:treatmentId')
  @Requires('read', 'Treatment')
  @ApiOkResponse({ description: 'The treatment with its history: each move with from, to, when, by (clinician or partner), who and why.' })
  getTreatment(@Req() req: GatewayRequest, @Param() params: TreatmentIdParamDto) {
    return this.forward.send<TreatmentDetailDto>(req, TREATMENTS.treatmentGet, { patientId: params.patientId, treatmentId: params.treatmentId });
  }

  @Post('patients/:patientId/treatments/:treatmentId/transitions')
  @HttpCode(200)
  @Requires('transition', 'Treatment', { body: TransitionTreatmentBodyDto })
  @ApiOkResponse({ description: 'The treatment after the move, with its history.' })
  @ApiResponse({ status: 409, description: 'CONFLICT: not a legal move from the current status; `details[0].allowed` lists the legal ones' })
  transition(@Req() req: GatewayRequest, @Param() params: TreatmentIdParamDto, @Body() body: TransitionTreatmentBodyDto) {
    return this.forward.send<TreatmentDetailDto>(req, TREATMENTS.treatmentTransition, { patientId: params.patientId, treatmentId: params.treatmentId, body });
  }

  @Get('patients/:patientId/prescriptions')
  @Requires('read', 'Prescription', { list: true, queryFields: PRESCRIPTION_LIST_FIELDS })
  @ApiOkResponse({ description: 'Prescriptions (pharmacy orders and refills), newest first (coordinators: status, carrier and tracking only).' })
  listPrescriptions(@Req() req: GatewayRequest, @Param() params: PatientIdParamDto, @Query() query: ListPrescriptionsQueryDto) {
    return this.forward.page<PrescriptionDto>(req, TREATMENTS.prescriptionList, { patientId: params.patientId, query });
  }

  @Get('patients/:patientId/prescriptions/:prescriptionId')
  @Requires('read', 'Prescription')
  @ApiOkResponse({ description: 'The prescription with its fulfilment events (in the order they happened) and its refills.' })
  getPrescription(@Req() req: GatewayRequest, @Param() params: PrescriptionIdParamDto) {
    return this.forward.send<PrescriptionDetailDto>(req, TREATMENTS.prescriptionGet, { patientId: params.patientId, prescriptionId: params.prescriptionId });
  }
}
