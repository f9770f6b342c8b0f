/** What `plan init` writes where the office still has to fill in a fact; `plan validate` warns about each one left. */
export const TO_FILL = '(chưa điền)';
