package id.go.bps.pst.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import id.go.bps.pst.request.AbstractFields;

/** The data-use abstract kept with its request (columns of sale_request; all null when none was typed). */
@Embeddable
public class RequestAbstract {

    @Column(name = "abstract_title")
    private String title;
    @Column(name = "abstract_background")
    private String background;
    @Column(name = "abstract_methodology")
    private String methodology;
    @Column(name = "abstract_data_rationale")
    private String dataRationale;
    @Column(name = "abstract_expected_output")
    private String expectedOutput;

    protected RequestAbstract() {
    }

    RequestAbstract(AbstractFields fields) {
        this.title = fields.title().strip();
        this.background = fields.background().strip();
        this.methodology = fields.methodology().strip();
        this.dataRationale = fields.dataRationale().strip();
        this.expectedOutput = fields.expectedOutput().strip();
    }

    public AbstractFields fields() {
        return new AbstractFields(title, background, methodology, dataRationale, expectedOutput);
    }
}
