/**
 * The content model. Schemas live in `src/schemas/` as functions of a
 * reference factory, so the stand-alone content check (`src/lib/content-files/content-check.ts`)
 * validates exactly what Astro validates, and adds what Astro does not enforce:
 * that references resolve and quotations are verbatim in their sources.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { actorSchema } from './schemas/actors.ts';
import { eventSchema } from './schemas/events.ts';
import { COLLECTIONS, type CollectionName } from './schemas/shared.ts';
import { sourceSchema } from './schemas/sources.ts';
import { statementSchema } from './schemas/statements.ts';
import { talksSchema } from './schemas/talks.ts';

const fromFolder = (name: CollectionName) => glob({ pattern: '*.mdx', base: `./content/${name}` });

// `reference` is generic over the collection name; the schemas take it by its widest type.
const ref = (collection: CollectionName) => reference(collection);

export const collections = {
  sources: defineCollection({ loader: fromFolder('sources'), schema: sourceSchema }),
  actors: defineCollection({ loader: fromFolder('actors'), schema: actorSchema(ref) }),
  statements: defineCollection({ loader: fromFolder('statements'), schema: statementSchema(ref) }),
  talks: defineCollection({ loader: fromFolder('talks'), schema: talksSchema(ref) }),
  events: defineCollection({ loader: fromFolder('events'), schema: eventSchema(ref) }),
} satisfies Record<(typeof COLLECTIONS)[number], unknown>;
