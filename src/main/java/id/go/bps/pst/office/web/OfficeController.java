package id.go.bps.pst.office.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.bps.pst.office.OfficeView;
import id.go.bps.pst.office.Offices;

/** Public reads of the offices: customers pick a desk and see its hours and complaint channels. */
@RestController
@RequestMapping("/api/offices")
class OfficeController {

    private final Offices offices;

    OfficeController(Offices offices) {
        this.offices = offices;
    }

    @GetMapping
    List<OfficeView> all() {
        return offices.all();
    }

    @GetMapping("/{code}")
    OfficeView one(@PathVariable String code) {
        return offices.require(code);
    }
}
