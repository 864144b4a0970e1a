/** The configured identifier systems (clerk, rimo, bigcommerce, stripe + IDENTITY_SYSTEMS). */
export const IDENTIFIER_SYSTEMS = Symbol('IDENTIFIER_SYSTEMS');
export type IdentifierSystems = readonly string[];
