export { wellFormed } from "./wellFormed";
