export { mountStoryPlayer, PLAYER_DEFAULTS, type StoryAtlas, type StoryPlayer, type StoryPlayerOptions } from './player.ts';
