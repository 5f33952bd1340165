package id.go.bps.pst.catalog.domain;

import id.go.bps.pst.catalog.MicrodataView;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One variable of a dataset's data dictionary. */
@Embeddable
public class DatasetVariable {

    @Column(name = "var_name")
    private String name;

    private int seqNo;
    private String label;
    private String dataType;
    private String description;
    private int bytesPerRecord;
    private String characteristic;

    protected DatasetVariable() {
    }

    SizeModel.Column column() {
        return new SizeModel.Column(name, bytesPerRecord);
    }

    MicrodataView.Variable view() {
        return new MicrodataView.Variable(name, label, dataType, description, bytesPerRecord, characteristic);
    }
}
