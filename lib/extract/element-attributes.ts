/**
 * The attributes the extractor looks at, read in one pass per element. Going through
 * `el.attributes` once is much cheaper than several getAttribute calls (linkedom builds
 * token lists and style objects for `class` and `style`), and it is the same in browsers.
 */
export interface ElementAttributes {
  className: string;
  id: string;
  style: string;
  role: string;
  hidden: boolean;
  ariaHidden: boolean;
  ariaLabel: string;
  ariaLevel: string;
  ariaModal: boolean;
  /** aria-expanded or aria-controls: the element opens or closes another (a tab, an accordion panel). */
  disclosure: boolean;
  href: string;
  type: string;
}

const NONE: ElementAttributes = {
  className: '', id: '', style: '', role: '', hidden: false, ariaHidden: false, ariaLabel: '', ariaLevel: '', ariaModal: false, disclosure: false, href: '', type: '',
};

export function readAttributes(el: Element): ElementAttributes {
  // Most elements have none; asking is cheaper than building their list (linkedom makes one per call).
  if (!el.hasAttributes()) return NONE;
  const list = el.attributes;
  if (!list || list.length === 0) return NONE;
  const a = { ...NONE };
  for (let i = 0; i < list.length; i++) {
    const { name, value } = list[i];
    switch (name) {
      case 'class': a.className = value; break;
      case 'id': a.id = value; break;
      case 'style': a.style = value; break;
      case 'role': a.role = value; break;
      case 'hidden': a.hidden = true; break;
      case 'aria-hidden': a.ariaHidden = value === 'true'; break;
      case 'aria-label': a.ariaLabel = value; break;
      case 'aria-level': a.ariaLevel = value; break;
      case 'aria-modal': a.ariaModal = value === 'true'; break;
      case 'aria-expanded': case 'aria-controls': a.disclosure = true; break;
      case 'href': a.href = value; break;
      case 'type': a.type = value; break;
    }
  }
  return a;
}
