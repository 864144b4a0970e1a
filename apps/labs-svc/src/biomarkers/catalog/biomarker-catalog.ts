/**
 * The newest catalog version, under one name: what the parser's specs, the accuracy scripts and the bench code
 * against (labs-svc itself reads the `biomarker` table, which the catalog migrations fill with the same). A new
 * version is a new data module, its migration, and this one line.
 */
export { BIOMARKER_CATALOG_V11 as BIOMARKER_CATALOG } from './biomarker-catalog.v11.js';
