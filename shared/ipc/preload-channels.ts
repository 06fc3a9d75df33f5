/**
 * Channels only the preload itself uses, never exposed on window.pcc: the page cannot send
 * on them. Dropped files' paths travel here, since only the preload can read them
 * (webUtils.getPathForFile) and a page must never name a path.
 */
export const filesDroppedChannel = 'pcc:files-dropped';
