import { z } from 'zod';
import { ROLES } from './vocabulary.js';
import { idSchema, lineText } from './common.schema.js';


export const personSchema = z.strictObject({
  id: idSchema,
  /** Entra ID object id, once the person has signed in or was picked from the directory. */
  entraObjectId: z.uuid().optional(),
  displayName: lineText(120),
  email: z.email().max(254).optional(),
  jobTitle: lineText(160).optional(),
  role: z.enum(ROLES),
  serviceIds: z.array(idSchema).max(50).default([]),
});

/** Person: an Entra ID user with a role and, for service heads, their services. */
export type Person = z.infer<typeof personSchema>;
