package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.catalog.MicrodataView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A region (province) a dataset covers, with its number of records. */
@Embeddable
public class DatasetRegion {

    @Column(name = "region_code")
    private String code;

    @Column(name = "region_name")
    private String name;

    @Column(name = "record_count")
    private long records;

    protected DatasetRegion() {
    }

    SizeModel.Area area() {
        return new SizeModel.Area(code, name, records);
    }

    MicrodataView.Region view() {
        return new MicrodataView.Region(code, name, records);
    }
}
