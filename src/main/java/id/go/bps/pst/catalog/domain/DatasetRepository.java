package id.go.bps.pst.catalog.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Microdata datasets. The full sizes of a listing page come from two aggregates rather than a load per dataset. */
public interface DatasetRepository extends JpaRepository<Dataset, String> {

    /** A total per dataset code. */
    record CodeTotal(String code, Long total) {
    }

    @Query("select new id.go.bps.pst.catalog.domain.DatasetRepository$CodeTotal(d.productCode, sum(v.bytesPerRecord))"
            + " from Dataset d join d.variables v where d.productCode in :codes group by d.productCode")
    List<CodeTotal> bytesPerRecord(@Param("codes") Collection<String> codes);

    @Query("select new id.go.bps.pst.catalog.domain.DatasetRepository$CodeTotal(d.productCode, sum(r.records))"
            + " from Dataset d join d.regions r where d.productCode in :codes group by d.productCode")
    List<CodeTotal> records(@Param("codes") Collection<String> codes);

    /** The fullset size (all variables x all regions) of each dataset among these codes. */
    default Map<String, Long> fullSizes(Collection<String> codes) {
        Map<String, Long> sizes = new HashMap<>();
        if (codes.isEmpty()) {
            return sizes;
        }
        Map<String, Long> recordsByCode = new HashMap<>();
        records(codes).forEach(total -> recordsByCode.put(total.code(), total.total()));
        for (CodeTotal bytes : bytesPerRecord(codes)) {
            long records = recordsByCode.getOrDefault(bytes.code(), 0L);
            sizes.put(bytes.code(), Math.multiplyExact(bytes.total(), records));
        }
        return sizes;
    }
}
