package id.go.bps.pst.document.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import id.go.bps.pst.document.Documents;
import id.go.bps.pst.document.IssuedDocument;
import id.go.bps.pst.document.SampleDocuments;
import id.go.bps.pst.platform.Problems;

/** GET /api/documents/verify/{code}: what anyone holding a printed document may check, without an account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class VerificationApiIT {

    private static final String VERIFY = "/api/documents/verify/{code}";

    @Autowired
    MockMvc mvc;
    @Autowired
    Documents documents;

    @Test
    void invoiceCode_answersKindNumberRequestDateAndAmount_andNothingPersonal() throws Exception {
        String request = newRequest();
        IssuedDocument invoice = documents.issueInvoice(SampleDocuments.invoice(request));

        mvc.perform(get(VERIFY, invoice.verificationCode()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("INVOICE"))
                .andExpect(jsonPath("$.number").value(invoice.number()))
                .andExpect(jsonPath("$.requestNumber").value(request))
                .andExpect(jsonPath("$.issuedOn").value(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString()))
                .andExpect(jsonPath("$.amount").value(1_234_567))
                .andExpect(jsonPath("$.superseded").value(false))
                .andExpect(content().string(not(containsString("Sari"))))
                .andExpect(content().string(not(containsString("Diponegoro"))));
    }

    @Test
    void codeTypedFromPaper_inLowerCaseWithDashes_isFound() throws Exception {
        IssuedDocument agreement = documents.issueAgreement(SampleDocuments.agreement(newRequest()));
        String code = agreement.verificationCode();
        String typed = (code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8)).toLowerCase();

        mvc.perform(get(VERIFY, typed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("AGREEMENT"))
                .andExpect(jsonPath("$.number").value(agreement.number()))
                .andExpect(jsonPath("$.amount").doesNotExist())
                .andExpect(content().string(not(containsString("3374014107900001"))));
    }

    @Test
    void unknownOrMalformedCode_is404() throws Exception {
        Problems.of(mvc, get(VERIFY, "ZZZZZZZZZZZZ")).is(404, "document.verification-not-found");
        Problems.of(mvc, get(VERIFY, "bukan-kode")).is(404, "document.verification-not-found");
    }

    private static String newRequest() {
        return "PST-9998-2026-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
