/**
 * The project's public web page: the Help menu and the Preferences screen link to it, and
 * electron-builder writes it into the Linux packages (package.json "homepage"; a unit test
 * keeps the two equal).
 */
export const homepageUrl = 'https://privacy-control-center.example/';
