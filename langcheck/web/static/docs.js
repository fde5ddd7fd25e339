// Swagger UI for the JSON API, from the copy served by this server (no CDN, no inline script).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    layout: "BaseLayout",
    validatorUrl: null,
    tryItOutEnabled: true,
  });
});
