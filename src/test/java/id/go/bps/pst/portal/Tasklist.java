package id.go.bps.pst.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An officer in Camunda Tasklist: logs in, opens a task, claims it and completes its Camunda Form. Selectors are
 * the webapp's own markup, not its texts, so they hold in Indonesian and English.
 */
final class Tasklist {

    static final String OFFICE_OPEN = "Tugas terbuka kantor saya";

    private final Page page;
    private final Browser browser;

    private Tasklist(Page page, Browser browser) {
        this.page = page;
        this.browser = browser;
    }

    static Tasklist login(Browser browser, String user, String password) {
        Page page = browser.staff(user, password);
        browser.camundaLogin(page, "tasklist", user, password);
        page.locator(".task-filters").first().waitFor();
        // Indonesian by default (locales/id.json), and the office filters created at start.
        assertThat(page.locator(".task-filters")).containsText("Tugas terbuka kantor saya");
        assertThat(page.locator(".task-filters")).containsText("Tugas saya");
        browser.shoot(page, "tasklist-" + user);
        return new Tasklist(page, browser);
    }

    Page page() {
        return page;
    }

    /**
     * As an officer does: the filter of the office's open tasks, the task of this request in the list (its card
     * shows the request number), claim, and wait for its form.
     */
    Tasklist open(String number, String taskId, String shot) {
        return open(OFFICE_OPEN, number, taskId, shot);
    }

    /** The same through another filter, e.g. the treasurer's "payments to verify". */
    Tasklist open(String filter, String number, String taskId, String shot) {
        page.navigate(browser.url("/camunda/app/tasklist/default/"));
        page.locator(".task-filters").getByText(filter).click();
        Locator link = page.locator(".tasks-list a[href*='" + taskId + "']").first();
        link.waitFor();
        browser.shoot(page, shot + "-list");
        link.click();
        page.locator(".task-card h2.task").waitFor();
        Locator claim = page.locator("button.claim");
        if (claim.count() > 0) {
            assertThat(claim).hasText("Ambil tugas");
            claim.click();
            page.locator("li.assignee").waitFor();
        }
        page.locator(".fjs-form").waitFor();
        browser.shoot(page, shot);
        return this;
    }

    Tasklist choose(String label) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
        return this;
    }

    Tasklist tick(String label) {
        page.getByLabel(label).check();
        return this;
    }

    Tasklist fill(String label, String value) {
        page.getByLabel(label).fill(value);
        return this;
    }

    /** Completes the form; the task leaves the list. */
    void complete(String shot) {
        browser.shoot(page, shot);
        Locator complete = page.locator(".task-card button.btn-primary[type=submit]");
        complete.click();
        assertThat(page.locator(".task-card h2.task")).hasCount(0);
    }

    /** The back-office request page linked from the form, in a new tab (the browser asks for the same account). */
    Page backoffice(String number) {
        Page office = page.context().newPage();
        office.navigate(browser.url("/backoffice/requests/" + number));
        return office;
    }

    static void upload(Browser browser, Page office, String kindLabel, String fileName, byte[] content) {
        office.getByLabel("Jenis berkas").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(kindLabel));
        office.getByLabel("Berkas", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                new com.microsoft.playwright.options.FilePayload(fileName, "text/csv", content));
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unggah")).click();
        assertThat(office.locator(".notice")).containsText(fileName);
        browser.shoot(office, "backoffice-" + fileName);
    }
}
