#include "serve/pages.hpp"

#include "nendiff/report.hpp"
#include "report/util.hpp"
#include "serve/start_more.hpp"
#include "serve/strings.hpp"

namespace nendiff::serve {
namespace {

const char kStyle[] = R"css(
body{font-family:"Hiragino Sans","Noto Sans CJK JP","IPAexGothic",sans-serif;margin:2em auto;max-width:46em;padding:0 1em;color:#222}
h1{font-size:1.4em}
.editions{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.drop{border:2px dashed #999;border-radius:8px;padding:1.2em;text-align:center;background:#fafafa}
.drop.over{border-color:#1a5fb4;background:#eef4fc}
.drop input{max-width:100%}
fieldset{margin:1em 0;border:1px solid #ccc;border-radius:6px}
label{margin-right:1.5em;white-space:nowrap}
button{font-size:1.2em;padding:.4em 2.4em}
.problem{border-left:4px solid #c01c28;background:#fdecec;padding:.6em 1em}
.hint{color:#666;font-size:.9em}
)css";

const char kScript[] = R"js(
// Files dropped: three or more go to 履歴 (the history); two, the older by
// name (as years sort) to 旧 and the other to 新; one to the zone it fell on.
const inputs = [document.getElementById('old'), document.getElementById('new')];
function put(input, files) { const d = new DataTransfer(); files.forEach((f) => d.items.add(f)); input.files = d.files; }
function place(dropped, input) {
  const files = [...dropped].sort((a, b) => a.name.localeCompare(b.name));
  if (files.length >= 3) { put(editions, files); document.getElementById('history').open = true; need_pair(); }
  else if (files.length === 2) { put(inputs[0], [files[0]]); put(inputs[1], [files[1]]); }
  else if (files.length === 1 && input) put(input, files);
}
document.querySelectorAll('.drop').forEach((zone) => {
  const input = zone.querySelector('input');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault(); e.stopPropagation(); zone.classList.remove('over');
    place(e.dataTransfer.files, input);
  });
});
document.addEventListener('dragover', (e) => e.preventDefault());
document.addEventListener('drop', (e) => { e.preventDefault(); place(e.dataTransfer.files, null); });
// 旧 and 新 are needed unless three or more editions, or editions on the
// server (kRootScript's chosen), are given instead.
const editions = document.getElementById('editions');
function need_pair() { const other = editions.files.length > 0 || chosen.size > 0; inputs.forEach((i) => { i.required = !other; }); }
editions.addEventListener('change', need_pair);
document.querySelector('form').addEventListener('submit', (e) => {
  if (e.defaultPrevented) return;
  const button = document.querySelector('button');
  button.disabled = true; button.textContent = '比較中…';
});
)js";

const char kForm[] = R"html(
<form method="post" action="/compare" enctype="multipart/form-data">
<div class="editions">
<div class="drop"><p><strong>旧</strong> older edition</p><input type="file" id="old" name="old" required></div>
<div class="drop"><p><strong>新</strong> newer edition</p><input type="file" id="new" name="new" required></div>
</div>
<p class="hint">テキスト（UTF-8・Shift_JIS・EUC-JP・UTF-16）、PDF、Word（.docx）、Excel（.xlsx）、HTML、法令XML（e-Gov）。2つのファイルをまとめてドロップできます。</p>
%MORE%<fieldset><legend>Options</legend>
<label>Profile <select name="profile"><option value="auto">auto</option><option>follow-up</option><option>law</option><option>outline</option><option>generic</option></select></label>
<label>Language <select name="lang"><option value="auto">auto</option><option value="ja">日本語</option><option value="en">English</option></select></label>
<label><input type="checkbox" name="diff-only"> 差分のみ (differences only)</label>
<label><input type="checkbox" name="old-left"> 旧を左に (old on the left)</label>
</fieldset>
<button type="submit">比較</button>
</form>
)html";

}  // namespace

std::string start_page(const std::string& nonce, const std::string& problem, bool root_offered) {
  std::string page = "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>nendiff — 新旧対照表</title>\n<style>";
  page += kStyle;
  page += "</style>\n</head>\n<body>\n<h1>nendiff — 新旧対照表</h1>\n";
  if (!problem.empty()) page += "<p class=\"problem\" role=\"alert\">" + detail::html_escape(problem) + "</p>\n";
  std::string form = kForm;
  replace_all(form, "%MORE%", std::string(kHistoryForm) + (root_offered ? kRootSection : ""));
  page += form;
  page += "<script nonce=\"" + nonce + "\">" + kScript + kRootScript + "</script>\n</body>\n</html>\n";
  return page;
}

namespace {

std::string downloads(const std::string& id, View view) {
  std::string nav =
      "<nav class=\"serve-downloads\" style=\"padding:.5em 1em;border-bottom:1px solid #ccc;"
      "font-family:sans-serif\"><a href=\"/\">← 新しい比較</a> · Download:";
  for (Format f : formats_of(view))
    nav += std::string(" <a download href=\"/r/") + id + "/report." + format_extension(f) + "\">" +
           format_name(f) + "</a>";
  return nav + "</nav>\n";
}


}  // namespace

std::string with_nonce(std::string report_html, const std::string& nonce) {
  replace_all(report_html, "<script>", "<script nonce=\"" + nonce + "\">");
  return report_html;
}

std::string result_page(std::string report_html, const std::string& id, const std::string& nonce,
                        View view) {
  report_html = with_nonce(std::move(report_html), nonce);
  const size_t body = report_html.find("<body>\n");
  if (body != std::string::npos) report_html.insert(body + 7, downloads(id, view));
  return report_html;
}

}  // namespace nendiff::serve
