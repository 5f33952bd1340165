package id.go.bps.pst.catalog;

import java.util.List;

/**
 * The microdata metadata a buyer checks before ordering (seed 002: "detil, kamus data, dan persyaratan"), NADA-like.
 *
 * @param fullSizeBytes the size of the fullset: all variables, all regions
 */
public record MicrodataView(AccessPolicy accessPolicy, Metadata metadata, List<Variable> dataDictionary,
                            String requirements, List<Region> regions, long fullSizeBytes) {

    /** The study description ("detil"). */
    public record Metadata(String abstractText, String analysisUnit, String samplingUnit, String samplingMethod,
                           String coverage, String producer, String collectionPeriod, String collectionMode) {
    }

    /**
     * One entry of the data dictionary ("kamus data").
     *
     * @param type           numeric, categorical or text
     * @param characteristic the topic the variable belongs to (wilayah, demografi, pendidikan, ketenagakerjaan...)
     */
    public record Variable(String name, String label, String type, String description, int bytesPerRecord,
                           String characteristic) {
    }

    /** A region (province) of the dataset and how many records it has. */
    public record Region(String code, String name, long records) {
    }
}
