/**
 * The catalogue of statistical products a PST sells (seed 002): electronic and printed publications, microdata and
 * digital wilkerstat maps, with the filters of Silastik's catalogue (a public, login-free listing). Other modules use
 * only this package: {@link id.go.bps.pst.catalog.Catalog} gives a product's tariff quantities
 * ({@link id.go.bps.pst.catalog.ProductFacts}) and the size of a microdata extract, computed as the bytes per record
 * of the chosen variables times the records of the chosen regions. Microdata carry NADA-like metadata (study
 * description, data dictionary, requirements, access policy); a variable's {@code characteristic} is its topic
 * (wilayah, demografi, pendidikan, ketenagakerjaan...), its {@code type} numeric, categorical or text. The products
 * are data: the demo catalogue is loaded from CSV files by the module's changelog.
 */
package id.go.bps.pst.catalog;
