// Starts govuk-frontend's components. Every page works without this: it only adds behaviour.
import { initAll } from "./govuk/govuk-frontend.min.js";
initAll();
