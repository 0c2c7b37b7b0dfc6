/* Several photos chosen at once (events/photo_forms.py): each chosen file is listed with a
   small preview and its own 説明 field, sent in the file order as `new_photo_alt`. Without
   this script the photos come back after saving, each with its empty 説明 field. */
"use strict";
(function () {
  function describe(list, files) {
    list.replaceChildren();
    Array.from(files).forEach(function (file, index) {
      var item = document.createElement("li");
      var id = "new-photo-alt-" + index;
      var image = document.createElement("img");
      image.alt = "";
      var label = document.createElement("label");
      label.htmlFor = id;
      label.textContent = list.dataset.label + "（" + file.name + "）";
      var input = document.createElement("input");
      input.type = "text";
      input.id = id;
      input.name = list.dataset.name;
      input.maxLength = Number(list.dataset.maxlength);
      input.className = "vTextField";
      input.setAttribute("aria-describedby", id + "-help");
      var help = document.createElement("div");
      help.className = "help";
      help.id = id + "-help";
      help.textContent = list.dataset.help;
      item.append(image, label, input, help);
      list.append(item);
      // A data: URL (the admin's CSP allows data: images, not blob:).
      var reader = new FileReader();
      reader.onload = function () { image.src = reader.result; };
      reader.readAsDataURL(file);
    });
  }

  document.addEventListener("change", function (event) {
    var picker = event.target;
    if (!picker.matches || !picker.matches("input.photo-picker")) {
      return;
    }
    var list = picker.parentElement.querySelector("ol.new-photo-list");
    if (list) {
      describe(list, picker.files);
    }
  });
})();
