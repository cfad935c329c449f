import type { ModuleManifest } from '../platform/modules/manifest';
import { assessmentsModule } from './assessments/manifest';
import { auditModule } from './audit/manifest';
import { authModule } from './auth/manifest';
import { cadresModule } from './cadres/manifest';
import { disclosureModule } from './disclosure/manifest';
import { economyModule } from './economy/manifest';
import { eventsModule } from './events/manifest';
import { figuresModule } from './figures/manifest';
import { gridsModule } from './grids/manifest';
import { homeModule } from './home/manifest';
import { householdFileModule } from './household-file/manifest';
import { householdsModule } from './households/manifest';
import { membersModule } from './members/manifest';
import { orgModule } from './org/manifest';
import { pointsModule } from './points/manifest';
import { regionsModule } from './regions/manifest';
import { studyModule } from './study/manifest';
import { systemModule } from './system/manifest';
import { talentsModule } from './talents/manifest';
import { usersModule } from './users/manifest';
import { visitsModule } from './visits/manifest';

/**
 * Every module of the application, in the order their routes are registered and their home
 * shortcuts, 一户一档 parts and county-import hooks run. A new module is one line here.
 */
export const MODULES: readonly ModuleManifest[] = [
  systemModule,
  authModule,
  regionsModule,
  usersModule,
  auditModule,
  householdsModule,
  orgModule,
  membersModule,
  cadresModule,
  gridsModule,
  talentsModule,
  pointsModule,
  eventsModule,
  economyModule,
  assessmentsModule,
  visitsModule,
  disclosureModule,
  studyModule,
  figuresModule,
  householdFileModule,
  homeModule,
];
