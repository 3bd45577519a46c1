/** The version of Signet, stamped into outputs, user agents and generated objects. */
export const VERSION = '0.1.0';
