/**
 * The traditional → simplified entry of opencc-js, for compilers that resolve modules without package "exports"
 * (the command line's CommonJS build): the same declarations as the package's own.
 */
declare module "opencc-js/t2cn" {
  export { Converter } from "opencc-js";
}
