package id.go.bps.pst.catalog.web;

import id.go.bps.pst.catalog.ProductQuery;
import id.go.bps.pst.catalog.ProductType;
import id.go.bps.pst.platform.ApiProblem;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The query parameters of the catalogue listing, bound by name as text; the type and the years are read here so that
 * a wrong value gets a bilingual 400 that names the parameter.
 */
record ProductFilter(String type, String province, String regency, String title, String mapType, String mapYear,
                     String region, String survey, String dataYear, String variable, String characteristic) {

    ProductQuery toQuery() {
        return new ProductQuery(productType(), province, regency, title, mapType, year("mapYear", mapYear), region,
                survey, year("dataYear", dataYear), variable, characteristic);
    }

    private static Integer year(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.trim().matches("\\d{4}")) {
            throw ApiProblem.badRequest("catalog.year.invalid",
                    "Parameter " + parameter + " harus tahun empat digit, bukan '" + value + "'.",
                    "Parameter " + parameter + " must be a four-digit year, not '" + value + "'.");
        }
        return Integer.valueOf(value.trim());
    }

    private ProductType productType() {
        if (type == null || type.isBlank()) {
            return null;
        }
        String wanted = type.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ProductType.values())
                .filter(known -> known.name().equals(wanted))
                .findFirst()
                .orElseThrow(this::unknownType);
    }

    private ApiProblem unknownType() {
        String known = Arrays.stream(ProductType.values()).map(Enum::name).collect(Collectors.joining(", "));
        return ApiProblem.badRequest("catalog.type.unknown",
                "Jenis produk '" + type + "' tidak dikenal; pilih salah satu: " + known + ".",
                "Unknown product type '" + type + "'; choose one of: " + known + ".");
    }
}
