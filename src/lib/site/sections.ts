/**
 * The site's sections, in one list: the header's menu and the footer both print it, so a section reachable from
 * the footer on a wide screen is never missing from the phone's menu.
 */
import { t } from '../../i18n/vi';
import { paths } from './urls';

export interface SiteSection {
  href: string;
  label: string;
}

export const siteSections = (): SiteSection[] => [
  { href: paths.news(), label: t('nav.news') },
  { href: paths.guides(), label: t('nav.guides') },
  { href: paths.profiles(), label: t('nav.profiles') },
  { href: paths.places(), label: t('nav.places') },
  { href: paths.stats(), label: t('nav.stats') },
  { href: paths.lessons(), label: t('nav.lessons') },
  { href: paths.materials(), label: t('nav.materials') },
  { href: paths.bulletins(), label: t('nav.bulletins') },
  { href: paths.laws(), label: t('laws.title') },
  { href: paths.topics(), label: t('nav.topics') },
  { href: paths.about(), label: t('nav.about') },
  { href: paths.contact(), label: t('nav.contact') },
];
