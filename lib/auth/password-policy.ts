// Safe for the browser: no hashing code here.
export const MIN_PASSWORD_LENGTH = 12;
