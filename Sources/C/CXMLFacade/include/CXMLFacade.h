// Placeholder: the HTMLQuery work replaces this with the opaque-handle API.
#ifndef CXMLFACADE_H
#define CXMLFACADE_H
int cxml_placeholder(void);
#endif
