// PST Sales: Tasklist in Indonesian for officers (locales/id.json), whatever the browser's language.
// Open /camunda/app/tasklist/?lang=en once to switch to English (?lang=id back); the choice is kept in this browser.
// Replaces the webapp's own app/tasklist/scripts/config.js (same keyboard shortcuts as Camunda's default).
const choice = new URLSearchParams(window.location.search).get('lang');
if (choice === 'id' || choice === 'en') {
  window.localStorage.setItem('pst-tasklist-lang', choice);
}
const language = window.localStorage.getItem('pst-tasklist-lang') === 'en' ? 'en' : 'id';

export default {
  locales: {
    // Tasklist takes the browser's language when it is listed, else the fallback: list only the chosen one.
    availableLocales: [language],
    fallbackLocale: language
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'mengambil tugas yang dipilih / claims the selected task'},
    focusFilter: {key: 'ctrl+shift+f', description: 'fokus ke filter pertama / focus the first filter'},
    focusList: {key: 'ctrl+alt+l', description: 'fokus ke tugas pertama di daftar / focus the first task'},
    focusForm: {key: 'ctrl+alt+f', description: 'fokus ke isian pertama formulir / focus the first form field'},
    startProcess: {key: 'ctrl+alt+p', description: 'membuka dialog mulai proses / open the start process dialog'}
  }
};
