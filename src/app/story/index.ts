export { mountStoryPlayer } from './player.ts';
export { PLAYER_DEFAULTS, type StoryAtlas, type StoryPlayer, type StoryPlayerOptions } from './player-types.ts';
