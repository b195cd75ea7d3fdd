# The cases of render_escape_cases.cpp (one per stylesheet parameter and attribute).
list(APPEND hostile_cases
  render_attribute_div_n
  render_attribute_pb_n
  render_attribute_note_n
  render_attribute_ref_target
  render_attribute_persName_corresp
  render_attribute_graphic_url
  render_attribute_date_when
  render_attribute_cell_cols
  render_attribute_cell_rows
  render_attribute_rend
  render_attribute_rendition
  render_attribute_type
  render_attribute_gap_reason
  render_attribute_titlePart_type
  render_attribute_all_pdf
  render_param_paper
  render_param_paper_pdf
  render_param_language
  render_param_volume_id_html
  render_param_volume_id_latex
  render_param_volume_id_markdown
  render_param_warn_unhandled)
