var p = document.getElementById("p");
p.textContent += " deferred";
