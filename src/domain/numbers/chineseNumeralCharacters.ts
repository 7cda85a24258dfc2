/**
 * The characters Chinese numerals are written with: digits (with the financial 大写 forms and the ○ of written years),
 * 十, 百, 千 and their 大写 forms, and the multipliers 万 and 亿. 点 (the decimal point) is not one: it only joins two.
 * @example [...CHINESE_NUMERAL_CHARACTERS].includes("两") // true
 */
export const CHINESE_NUMERAL_CHARACTERS = "零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿";
