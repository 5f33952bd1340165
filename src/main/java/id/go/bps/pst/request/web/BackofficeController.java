package id.go.bps.pst.request.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.bps.pst.document.DocumentContent;
import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.platform.ApiProblem;
import id.go.bps.pst.request.Backoffice;

/** The back-office request page for officers, linked from every Tasklist form: read, download, upload. */
@Controller
@RequestMapping("/backoffice/requests/{number}")
class BackofficeController {

    private final Backoffice backoffice;

    BackofficeController(Backoffice backoffice) {
        this.backoffice = backoffice;
    }

    @GetMapping
    String page(@PathVariable String number, Authentication staff, Model model) {
        model.addAttribute("page", backoffice.page(number, groups(staff)));
        model.addAttribute("kinds", List.of(DocumentKind.DATA_SAMPLE, DocumentKind.PRODUCT_FILE));
        return "backoffice/request";
    }

    @PostMapping("/documents")
    String upload(@PathVariable String number, @RequestParam("type") DocumentKind type,
                  @RequestParam("file") MultipartFile file, Authentication staff, RedirectAttributes flash)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            backoffice.upload(number, groups(staff), staff.getName(), type, file.getOriginalFilename(), content);
            flash.addFlashAttribute("notice", "Berkas " + file.getOriginalFilename() + " tersimpan.");
        } catch (ApiProblem problem) {
            flash.addFlashAttribute("error", problem.text().id() + " / " + problem.text().en());
        }
        return "redirect:/backoffice/requests/" + number;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<Resource> download(@PathVariable String number, @PathVariable long id, Authentication staff,
                                      HttpServletRequest http) {
        DocumentContent content = backoffice.download(number, groups(staff), staff.getName(), id,
                http.getRemoteAddr());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString())
                .body(content.content());
    }

    private static List<String> groups(Authentication staff) {
        return staff.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).toList();
    }
}
