package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.catalog.AccessPolicy;
import id.go.bps.pst.catalog.MicrodataView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The NADA-like side of a microdata product: study description, data dictionary, regions, access policy. */
@Entity
@Immutable
@Table(name = "catalog_dataset")
public class Dataset {

    @Id
    private String productCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AccessPolicy accessPolicy;

    private String abstractText;
    private String analysisUnit;
    private String samplingUnit;
    private String samplingMethod;
    private String coverage;
    private String producer;
    private String collectionPeriod;
    private String collectionMode;
    private String requirements;

    @ElementCollection
    @CollectionTable(name = "catalog_variable", joinColumns = @JoinColumn(name = "product_code"))
    @OrderBy("seqNo")
    private List<DatasetVariable> variables = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "catalog_dataset_region", joinColumns = @JoinColumn(name = "product_code"))
    @OrderBy("code")
    private List<DatasetRegion> regions = new ArrayList<>();

    protected Dataset() {
    }

    public SizeModel sizeModel() {
        return new SizeModel(productCode,
                variables.stream().map(DatasetVariable::column).toList(),
                regions.stream().map(DatasetRegion::area).toList());
    }

    public MicrodataView view() {
        var metadata = new MicrodataView.Metadata(abstractText, analysisUnit, samplingUnit, samplingMethod, coverage,
                producer, collectionPeriod, collectionMode);
        return new MicrodataView(accessPolicy, metadata, variables.stream().map(DatasetVariable::view).toList(),
                requirements, regions.stream().map(DatasetRegion::view).toList(), sizeModel().fullBytes());
    }

    public String productCode() {
        return productCode;
    }
}
