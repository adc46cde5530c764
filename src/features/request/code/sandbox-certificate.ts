/**
 * Where `npm start` keeps the sandbox's self-signed certificate, relative to the directory it was started in
 * (the repository): the default of its data directory, `DATA_DIR`. The one place the app names it.
 */
export const SANDBOX_CERTIFICATE = '.data/cert.pem'
