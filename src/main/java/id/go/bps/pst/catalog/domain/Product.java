package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.catalog.Area;
import id.go.bps.pst.catalog.MapLevel;
import id.go.bps.pst.catalog.ProductType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A product of the catalogue. The catalogue is reference data maintained through the changelog, so the entity is
 * read-only. Columns that belong to one kind stay null for the others (pages: publications; map type and level:
 * maps; survey: microdata).
 */
@Entity
@Immutable
@Table(name = "catalog_product")
public class Product {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "product_type")
    private ProductType type;

    private String title;
    private String description;

    @Column(name = "product_year")
    private int year;

    private String officeCode;
    private String provinceCode;
    private String provinceName;
    private String regencyCode;
    private String regencyName;
    private Long fileSizeBytes;
    private Integer pages;
    private String mapType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MapLevel mapLevel;

    private String survey;

    protected Product() {
    }

    public boolean isMicrodata() {
        return type == ProductType.MICRODATA;
    }

    public Area province() {
        return Area.ofNullable(provinceCode, provinceName);
    }

    public Area regency() {
        return Area.ofNullable(regencyCode, regencyName);
    }

    public String code() {
        return code;
    }

    public ProductType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int year() {
        return year;
    }

    public String officeCode() {
        return officeCode;
    }

    /** The file size; null for microdata (see {@link SizeModel}) and printed publications (no file). */
    public Long fileSizeBytes() {
        return fileSizeBytes;
    }

    public Integer pages() {
        return pages;
    }

    public String mapType() {
        return mapType;
    }

    public MapLevel mapLevel() {
        return mapLevel;
    }

    public String survey() {
        return survey;
    }
}
