import { z } from "zod";

/**
 * What a form and its conflict screen call each field: the titles its schema's fields were given
 * (lib/forms/fields.ts), read through refinements and intersections. Fields without one are left out.
 */
export function labelsOf(schema: z.ZodType): Record<string, string> {
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
        const title = field.meta()?.title;
        return title ? [[name, title]] : [];
      }),
    );
  }
  if (schema instanceof z.ZodIntersection) {
    const { left, right } = schema._zod.def;
    return { ...labelsOf(left as z.ZodType), ...labelsOf(right as z.ZodType) };
  }
  return {};
}
