import type { z } from 'zod';
import { actionSchema, type Action } from './action.schema.js';
import { axisSchema, type Axis } from './axis.schema.js';
import { commitmentSchema, type Commitment } from './commitment.schema.js';
import { feedbackSchema, type Feedback } from './feedback.schema.js';
import { indicatorSchema, type Indicator } from './indicator.schema.js';
import { mandateSchema, type Mandate } from './mandate.schema.js';
import { measureSchema, type Measure } from './measure.schema.js';
import { personSchema, type Person } from './person.schema.js';
import { serviceSchema, type Service } from './service.schema.js';
import type { EntityKind } from './vocabulary.js';

export * from './action.schema.js';
export * from './axis.schema.js';
export * from './commitment.schema.js';
export * from './common.schema.js';
export * from './feedback.schema.js';
export * from './history.js';
export * from './internal-fields.js';
export * from './indicator.schema.js';
export * from './mandate.schema.js';
export * from './measure.schema.js';
export * from './person.schema.js';
export * from './service.schema.js';
export * from './vocabulary.js';

/** Every kind of record the stores keep, by its code name. */
export interface EntityMap {
  mandate: Mandate;
  axis: Axis;
  commitment: Commitment;
  action: Action;
  indicator: Indicator;
  measure: Measure;
  service: Service;
  person: Person;
  feedback: Feedback;
}
// ENTITY_KINDS (vocabulary.ts) must list exactly the keys of EntityMap: this fails to compile otherwise.
type Assert<T extends true> = T;
type _SameKinds = Assert<[keyof EntityMap] extends [EntityKind] ? ([EntityKind] extends [keyof EntityMap] ? true : false) : false>;


/** The validation schema of each kind of record. */
export const ENTITY_SCHEMAS: { [K in EntityKind]: z.ZodType<EntityMap[K], unknown> } = {
  mandate: mandateSchema,
  axis: axisSchema,
  commitment: commitmentSchema,
  action: actionSchema,
  indicator: indicatorSchema,
  measure: measureSchema,
  service: serviceSchema,
  person: personSchema,
  feedback: feedbackSchema,
};
