#include "serve/start_more.hpp"

namespace nendiff::serve {

// Inside the start page's form: its options and its one 比較 apply to these too
// (kRootSection only when the server was started with --root).
const char kHistoryForm[] = R"html(
<details id="history"><summary>履歴 — 3つ以上の版 (history of three or more editions)</summary>
<p><input type="file" id="editions" name="editions" multiple></p>
</details>
)html";

const char kRootSection[] = R"html(
<section id="root" hidden>
<h2>サーバーのフォルダから選ぶ <small>(choose on the server)</small></h2>
<p class="hint">2つのファイル: 比較。3つ以上: 履歴。2つの年度フォルダ: フォルダ比較。</p>
<p><strong id="root-dir"></strong></p>
<ul id="root-list"></ul>
<p class="problem" id="root-problem" hidden></p>
</section>
)html";

const char kRootScript[] = R"js(
// What is ticked, by its path under the root: 'file' or 'folder'.
const chosen = new Map();
const rootList = document.getElementById('root-list');
function entry(path, name, type) {
  const li = document.createElement('li');
  const box = document.createElement('input');
  box.type = 'checkbox'; box.checked = chosen.has(path);
  box.addEventListener('change', () => {
    if (box.checked) chosen.set(path, type); else chosen.delete(path);
    need_pair();
  });
  li.append(box, ' ');
  if (type === 'folder') {
    const a = document.createElement('a');
    a.href = '#'; a.textContent = name + '/';
    a.addEventListener('click', (e) => { e.preventDefault(); browse(path); });
    li.append(a);
  } else li.append(name);
  return li;
}
function browse(dir) {
  fetch('/api/root?dir=' + encodeURIComponent(dir)).then((r) => r.ok ? r.json() : null).then((j) => {
    if (!j) return;
    document.getElementById('root').hidden = false;
    document.getElementById('root-dir').textContent = '/' + j.dir;
    rootList.replaceChildren();
    if (j.dir) {
      const up = document.createElement('li'), a = document.createElement('a');
      a.href = '#'; a.textContent = '..';
      a.addEventListener('click', (e) => { e.preventDefault(); browse(j.dir.split('/').slice(0, -1).join('/')); });
      up.append(a); rootList.append(up);
    }
    for (const e of j.entries) rootList.append(entry(j.dir ? j.dir + '/' + e.name : e.name, e.name, e.type));
  });
}
if (document.getElementById('root')) browse('');  // only with --root: no request to refuse
// Before the page's own handler (capture): what is ticked goes as the fields
// asked.hpp reads, or the submission stops with its one line.
document.querySelector('form').addEventListener('submit', (e) => {
  const form = e.target;
  form.querySelectorAll('input[type=hidden]').forEach((i) => i.remove());
  if (chosen.size === 0) return;
  const add = (name, value) => {
    const i = document.createElement('input'); i.type = 'hidden'; i.name = name; i.value = value; form.append(i);
  };
  const paths = [...chosen.keys()].sort(), folders = paths.filter((p) => chosen.get(p) === 'folder');
  if (paths.length === 2 && folders.length === 2) { add('old-dir', paths[0]); add('new-dir', paths[1]); }
  else if (paths.length === 2 && folders.length === 0) { add('old-path', paths[0]); add('new-path', paths[1]); }
  else if (paths.length >= 3 && folders.length === 0) paths.forEach((p) => add('path', p));
  else {
    e.preventDefault();
    const problem = document.getElementById('root-problem');
    problem.textContent = '2つのファイル、3つ以上のファイル、または2つのフォルダを選んでください (two files, three or more, or two folders)';
    problem.hidden = false;
  }
}, { capture: true });
)js";

}  // namespace nendiff::serve
